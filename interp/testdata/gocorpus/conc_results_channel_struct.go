// Exercises: goroutines returning (value, error) pairs through a channel of structs.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type result struct {
	input string
	n     int
	err   error
}

func main() {
	inputs := []string{"10", "x", "30", "4y", "50"}
	ch := make(chan result, len(inputs))
	for _, in := range inputs {
		go func() {
			n, err := strconv.Atoi(in)
			ch <- result{in, n, err}
		}()
	}
	var rs []result
	for range inputs {
		rs = append(rs, <-ch)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].input < rs[j].input })
	sum := 0
	for _, r := range rs {
		if r.err != nil {
			fmt.Println(r.input, "failed:", r.err)
			continue
		}
		sum += r.n
	}
	fmt.Println("sum", sum)
}
