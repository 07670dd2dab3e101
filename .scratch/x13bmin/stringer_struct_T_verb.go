// go run:      main.Money=1 USD
// gobackprop:  panic: the type of this value is lost: it is a struct of a type the cell
//
//	declares, which the interpreter keeps in an error or fmt.Stringer with its
//	methods but without its type; %T, %#v and errors.As need the type ...
//	(clear error; from methods_x13b_money_stringer.go, both styles)
package main

import "fmt"

type Money struct {
	Amount int
	Cur    string
}

func (m Money) String() string { return fmt.Sprint(m.Amount, " ", m.Cur) }

func main() {
	var s fmt.Stringer = Money{1, "USD"}
	fmt.Printf("%T=%s\n", s, s)
}
