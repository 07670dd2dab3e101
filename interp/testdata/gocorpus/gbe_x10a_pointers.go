// Exercises: pointers - pass by value vs by pointer, & and *, new, pointers to struct fields and slice elements, pointer equality
package main

import "fmt"

func doubleCopy(n int) { n *= 2 }

func doubleInPlace(n *int) { *n *= 2 }

type account struct{ balance int }

func (a *account) deposit(n int) { a.balance += n }

func (a account) peek() int { return a.balance }

func newAccount(start int) *account {
	a := account{balance: start}
	return &a
}

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	v := 5
	doubleCopy(v)
	fmt.Println("after copy:", v)
	doubleInPlace(&v)
	fmt.Println("after pointer:", v)

	p := &v
	*p += 1
	fmt.Println(v, *p, p == &v)

	counter := new(int)
	for range 3 {
		*counter++
	}
	fmt.Println("counter:", *counter)

	acc := newAccount(10)
	acc.deposit(5)
	fmt.Println(acc.balance, acc.peek(), (*acc).balance)

	accs := []account{{1}, {2}}
	for i := range accs {
		accs[i].deposit(100)
	}
	first := &accs[0]
	first.balance = 0
	fmt.Println(accs)

	bal := &acc.balance
	*bal = 99
	fmt.Println(acc.balance)

	left, right := "L", "R"
	swap(&left, &right)
	fmt.Println(left, right)

	var nothing *account
	fmt.Println(nothing == nil, nothing)
	pp := &p
	**pp = 1
	fmt.Println(v)
	x, y := &account{1}, &account{1}
	fmt.Println(x == y, *x == *y)
}
