package main

import (
	"fmt"
	"strconv"
	"strings"
)

func classic(n int) string {
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

func generalized(rules []rule) func(int) string {
	return func(n int) string {
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
}

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func transform(in <-chan int, f func(int) string) <-chan string {
	out := make(chan string, 4)
	go func() {
		for v := range in {
			out <- f(v)
		}
		close(out)
	}()
	return out
}

func main() {
	var parts []string
	for i := 1; i <= 20; i++ {
		parts = append(parts, classic(i))
	}
	fmt.Println(strings.Join(parts, " "))

	jazz := generalized([]rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Baxx"}})
	for i := 100; i <= 105; i++ {
		fmt.Print(jazz(i), ",")
	}
	fmt.Println(jazz(105))

	counts := map[string]int{}
	for s := range transform(producer(100), classic) {
		if _, err := strconv.Atoi(s); err == nil {
			s = "number"
		}
		counts[s]++
	}
	fmt.Println(counts)

	// without modulo, with counters
	fizz, buzz := 0, 0
	for i := 1; i <= 15; i++ {
		fizz++
		buzz++
		out := ""
		if fizz == 3 {
			out += "Fizz"
			fizz = 0
		}
		if buzz == 5 {
			out += "Buzz"
			buzz = 0
		}
		if out == "" {
			out = strconv.Itoa(i)
		}
		fmt.Print(out, " ")
	}
	fmt.Println()
	fmt.Printf("%q\n", []string{classic(3), classic(5), classic(7)})
}
