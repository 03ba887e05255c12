import { describe, expect, it } from 'vitest'
import { classifyTraffic } from './bots'

const HUMAN = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'

describe('classifyTraffic', () => {
  it.each([
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'crawler_user_agent', 'googlebot'],
    ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 'crawler_user_agent', 'bingbot'],
    ['Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)', 'crawler_user_agent', 'ahrefsbot'],
    ['Mozilla/5.0 (compatible; Qwantbot/1.0; +https://help.qwant.com/bot/)', 'crawler_user_agent', 'qwantbot'],
    ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'crawler_user_agent', 'facebookexternalhit'],
    ['Mozilla/5.0 (compatible; SuperNewBot/0.1)', 'crawler_user_agent', 'supernewbot'],
    ['Mozilla/5.0 (compatible; MegaCrawler; +https://x.example)', 'crawler_user_agent', 'megacrawler'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36', 'headless_browser', 'headlesschrome'],
    ['Mozilla/5.0 (Linux) Chrome-Lighthouse', 'headless_browser', 'chrome-lighthouse'],
    ['curl/8.5.0', 'http_client', 'curl'],
    ['python-requests/2.32', 'http_client', 'python-requests'],
  ])('marks %s', (ua, reason, name) => {
    expect(classifyTraffic({}, ua)).toEqual({ is_bot: true, bot_reason: reason, bot_name: name, is_simulated: false })
  })

  it('leaves people alone, including a phone brand that ends in "bot"', () => {
    expect(classifyTraffic({}, HUMAN).is_bot).toBe(false)
    expect(classifyTraffic({}, 'Mozilla/5.0 (Linux; Android 10; CUBOT X30 Build/QP1A) Chrome/120 Mobile Safari/537.36').is_bot).toBe(false)
    expect(classifyTraffic({}, null).is_bot).toBe(false)
  })

  it('follows posthog-js $browser_type: bot (Playwright with opt_out_useragent_filter)', () => {
    expect(classifyTraffic({ $browser_type: 'bot' }, HUMAN)).toEqual({
      is_bot: true,
      bot_reason: 'posthog_bot_flag',
      bot_name: null,
      is_simulated: false,
    })
    expect(classifyTraffic({ $browser_type: 'browser' }, HUMAN).is_bot).toBe(false)
  })

  it('counts the simulator apart and never as a bot, even in a headless browser', () => {
    const headless = 'Mozilla/5.0 HeadlessChrome/156.0.0.0'
    expect(classifyTraffic({ $comptoir_simulated: true, $browser_type: 'bot' }, headless)).toEqual({
      is_bot: false,
      bot_reason: null,
      bot_name: null,
      is_simulated: true,
    })
    // Only the boolean counts: a string "true" is not the simulator's mark.
    expect(classifyTraffic({ $comptoir_simulated: 'true' }, headless).is_simulated).toBe(false)
  })

  it('stays linear on a hostile user agent', () => {
    const hostile = `${'a-'.repeat(500)}x`
    const started = performance.now()
    for (let i = 0; i < 200; i++) classifyTraffic({}, hostile)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
