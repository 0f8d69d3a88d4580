// exit: 1
// A statement that leaves a bracket open ends at its `;`: the errors after it are still found.
let m = {x: 1;
let y = ;
let l = [1, 2;
fn f() {
    let z = ;
}
