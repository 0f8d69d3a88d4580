// exit: 1
fn f() {
    println(undefined_one);
}
println(undefined_two);
break;
return 1;
