package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

// Pointer-receiver method values of slice elements bound in a loop all act on the LAST
// element (Go binds &accs[i] when the method value is evaluated): got [{0} {0} {3}],
// Go [{1} {1} {1}].
func main() {
	accs := make([]Acc, 3)
	var adders []func(int)
	for i := range accs {
		adders = append(adders, accs[i].Add)
	}
	for _, add := range adders {
		add(1)
	}
	fmt.Println(accs)
}
