// exit: 1
let x = 1;
if x > 0 {
    return x;
}
