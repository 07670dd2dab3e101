// Reduction of generics_x45b_typed_currency.go.
// Go prints: 0
// Session (both styles, whole program and notebook): error
//
//	CompileError: undefined type for C
//
// Needs: a method of a generic type Wallet[C] that calls a generic variadic
// function with a spread of []Money[C] (Total(w.entries...)), and Wallet
// instantiated with a user-defined type (USD). The method need not be called.
// Same program passes with Wallet[string], with a non-variadic Total(ms []Money[C]),
// or with Total(ms ...C) over entries []C.
package main

import "fmt"

type USD struct{}

type Money[C any] struct{ minor int64 }

func Total[C any](ms ...Money[C]) int {
	return len(ms)
}

type Wallet[C any] struct{ entries []Money[C] }

func (w *Wallet[C]) Count() int { return Total(w.entries...) }

func main() {
	var w Wallet[USD]
	fmt.Println(len(w.entries))
}
