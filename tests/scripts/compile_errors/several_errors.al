// exit: 1
let a = ;
println("ok");
let b = 2 +;
fn f( { }
