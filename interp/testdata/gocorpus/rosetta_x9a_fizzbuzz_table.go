// Exercises: FizzBuzz generalised with a slice of rules, strings.Builder, %-10s| padding
package main

import (
	"fmt"
	"strings"
)

type rule struct {
	div  int
	word string
}

func fizz(n int, rules []rule) string {
	var b strings.Builder
	for _, r := range rules {
		if n%r.div == 0 {
			b.WriteString(r.word)
		}
	}
	if b.Len() == 0 {
		return fmt.Sprint(n)
	}
	return b.String()
}

func main() {
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Baxx"}}
	for i := 1; i <= 21; i++ {
		fmt.Printf("%-10s|", fizz(i, rules))
		if i%5 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	fmt.Printf("%+v\n", rules[2])
	fmt.Printf("%#v\n", rules[:1])
}
