// A nil pointer to a generic type with a (nil-safe) pointer String method, stored in a
// type-parameter field of another instantiation (L[*L[int]]) and printed through fmt:
// Go calls String on the nil receiver, the session prints <nil>.
// go run:      (())
// gobackprop:  (<nil>)   (both styles; SILENT WRONG ANSWER)
// Variant: with the inner value built in an earlier statement (var l *L[int]; &L[*L[int]]{head: nil})
// only notebook style goes wrong. From ds_x23a_cons_list.go (FromSlice(FromSlice(1), ..., nil)).
package main

import "fmt"

type L[T any] struct {
	head T
	tail *L[T]
}

func (l *L[T]) String() string {
	if l == nil {
		return "()"
	}
	return fmt.Sprint("(", l.head, ")")
}

func main() {
	var e *L[int]
	outer := &L[*L[int]]{e, nil}
	fmt.Println(outer)
}
