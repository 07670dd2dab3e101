package main

import (
	"errors"
	"fmt"
)

type Key[T comparable] struct{ V T }

func (k Key[T]) String() string { return fmt.Sprint("key:", k.V) }

type Code[T comparable] struct{ C T }

func (c Code[T]) Error() string { return fmt.Sprint("code ", c.C) }

// Interface values holding equal instances of a generic type with methods compare unequal
// (Go: true true true true); comparing two fmt.Stringer variables holding them panics
// "comparing uncomparable type stdlib._fmt_Stringer".
func main() {
	var a, b any = Key[int]{1}, Key[int]{1}
	var err error = Code[int]{404}
	fmt.Println(a == b, err == Code[int]{404}, errors.Is(err, Code[int]{404}),
		errors.Is(fmt.Errorf("w: %w", err), Code[int]{404}))
	var s1, s2 fmt.Stringer = Key[int]{5}, Key[int]{5}
	fmt.Println(s1 == s2)
}
