// Exercises: constraint interface combining a method and a type set.
package main

import (
	"fmt"
	"strconv"
)

type Shower interface {
	~int | ~float64
	Show() string
}

type Score int
type Ratio float64

func (s Score) Show() string { return "score:" + strconv.Itoa(int(s)) }
func (r Ratio) Show() string { return fmt.Sprintf("ratio:%.2f", float64(r)) }

func Best[T Shower](xs []T) string {
	best := xs[0]
	for _, x := range xs {
		if x > best {
			best = x
		}
	}
	return best.Show()
}

func main() {
	fmt.Println(Best([]Score{3, 9, 4}))
	fmt.Println(Best([]Ratio{0.5, 0.25, 0.75}))
}
