// The same package from CommonJS: `require` gets the very same module (one copy of its state).
const { sayHelloSync, GreetingError } = require('async-ffi-koffi');

console.log(`require: ${sayHelloSync('app-js (CommonJS)')}`);
console.log(`require: GreetingError is ${typeof GreetingError}`);
