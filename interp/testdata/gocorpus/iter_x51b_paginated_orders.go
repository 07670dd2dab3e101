package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Order struct {
	ID       int
	Customer string
	Cents    int
}

type API struct {
	data     []Order
	pageSize int
	calls    int
}

func (a *API) Page(token int) ([]Order, int) {
	a.calls++
	end := min(token+a.pageSize, len(a.data))
	next := end
	if end == len(a.data) {
		next = -1
	}
	return a.data[token:end], next
}

func (a *API) All() iter.Seq2[int, Order] {
	return func(yield func(int, Order) bool) {
		i := 0
		for tok := 0; tok >= 0; {
			page, next := a.Page(tok)
			for _, o := range page {
				if !yield(i, o) {
					return
				}
				i++
			}
			tok = next
		}
	}
}

func Where[T any](seq iter.Seq2[int, T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	api := &API{pageSize: 3}
	names := []string{"ann", "bob", "cy", "dee"}
	for i := 1; i <= 10; i++ {
		api.data = append(api.data, Order{ID: 1000 + i, Customer: names[i%len(names)], Cents: i * i * 137 % 5000})
	}
	for i, o := range api.All() {
		if i >= 4 {
			break
		}
		fmt.Printf("%d:%+v\n", i, o)
	}
	fmt.Println("calls after early stop:", api.calls)
	api.calls = 0
	big := slices.Collect(Where(api.All(), func(o Order) bool { return o.Cents > 2000 }))
	fmt.Println(len(big), api.calls)
	totals := map[string]int{}
	for o := range Where(api.All(), func(Order) bool { return true }) {
		totals[o.Customer] += o.Cents
	}
	for _, k := range slices.Sorted(maps.Keys(totals)) {
		fmt.Printf("%s=%d ", k, totals[k])
	}
	fmt.Println()
	for i, w := range strings.Fields("pending paid shipped") {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks, slices.Sorted(maps.Values(map[string]int{"a": 3, "b": 1})))
}
