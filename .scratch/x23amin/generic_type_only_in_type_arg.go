// A generic type instantiated only inside an explicit type argument (Cons[*L[int]]) is not
// found when the program runs.
// go run:      (())
// gobackprop:  CompileError: type not found: main.L[int]   (both styles; clear error)
// Found while reducing ds_x23a_cons_list.go.
package main

import "fmt"

type L[T any] struct{ head T }

func (l *L[T]) String() string {
	if l == nil {
		return "()"
	}
	return fmt.Sprint("(", l.head, ")")
}

func Cons[T any](h T) *L[T] { return &L[T]{h} }

func main() {
	fmt.Println(Cons[*L[int]](nil))
}
