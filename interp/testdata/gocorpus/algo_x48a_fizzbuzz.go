package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	default:
		return strconv.Itoa(n)
	}
}

type rule struct {
	div  int
	word string
}

func custom(n int, rules []rule) string {
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
	for i := 1; i <= 15; i++ {
		fmt.Print(fizzbuzz(i))
		if i < 15 {
			fmt.Print(", ")
		}
	}
	fmt.Println()

	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Bazz"}}
	var out []string
	for i := 100; i <= 110; i++ {
		out = append(out, custom(i, rules))
	}
	fmt.Println(strings.Join(out, " "))

	counts := map[string]int{}
	for i := 1; i <= 100; i++ {
		s := fizzbuzz(i)
		if _, err := strconv.Atoi(s); err == nil {
			s = "number"
		}
		counts[s]++
	}
	fmt.Println(counts)
	fmt.Printf("%q\n", custom(105, rules))
}
