fn make_account(start) {
    let balance = start;
    let deposit = |amt| { balance += amt; balance };
    let withdraw = |amt| { balance -= amt; balance };
    let get = || balance;
    {deposit: deposit, withdraw: withdraw, get: get}
}
let acct = make_account(100);
println(acct.deposit(50));
println(acct.withdraw(30));
println(acct.get());
let x = 1;
let read = || x;
let write = |v| { x = v; };
println(read());
write(42);
println(read(), x);
x = 7;
println(read());
