println("fine");
let s = "never closed;
