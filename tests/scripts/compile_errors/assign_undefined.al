// exit: 1
fn reset() {
    total = 0;
}
let totl = 5;
reset();
