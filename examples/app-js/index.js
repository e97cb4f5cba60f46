// A plain ES module app. It installs the generated package (here the koffi build of async-ffi)
// and its platform package from their npm tarballs, and runs with `node index.js`.
import { checkedGreeting, echoProfile, GreetingError, Mood, sampleProfile, sayHello, sumAsync } from 'async-ffi-koffi';

const greeting = await sayHello('app-js');
console.log(`greeting: ${greeting}`);
console.log(`sum: ${await sumAsync([1n, 2n, 39n])}`);
const profile = echoProfile({ ...sampleProfile('Ada'), mood: Mood.Calm });
console.log(`profile: ${profile.name} is ${profile.mood}`);
try {
  await checkedGreeting('');
} catch (error) {
  console.log(`refused: ${error instanceof GreetingError ? error.constructor.name : 'not a GreetingError'}`);
}
