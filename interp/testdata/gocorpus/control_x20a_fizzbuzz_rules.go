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
	var sb strings.Builder
	for _, r := range rules {
		if n%r.div == 0 {
			sb.WriteString(r.word)
		}
	}
	if sb.Len() == 0 {
		return fmt.Sprint(n)
	}
	return sb.String()
}

func main() {
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Bazz"}}
	counts := map[string]int{}
	for i := 1; i <= 35; i++ {
		s := fizz(i, rules)
		if _, err := fmt.Sscan(s, new(int)); err != nil {
			counts[s]++
		} else {
			counts["number"]++
		}
		fmt.Printf("%-8s", s)
		if i%7 == 0 {
			fmt.Println()
		}
	}
	fmt.Println(counts)
	// classic variant with a switch
	out := make([]string, 0, 15)
	for i := range 15 {
		n := i + 1
		switch {
		case n%15 == 0:
			out = append(out, "FizzBuzz")
		case n%3 == 0:
			out = append(out, "Fizz")
		case n%5 == 0:
			out = append(out, "Buzz")
		default:
			out = append(out, fmt.Sprint(n))
		}
	}
	fmt.Println(strings.Join(out, ","))
}
