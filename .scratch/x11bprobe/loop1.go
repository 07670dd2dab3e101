package main

import (
	"fmt"
	"sort"
	"sync"
)

type item struct{ n int }

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	items := []item{{1}, {2}, {3}}
	var ips []*item
	for _, it := range items {
		ips = append(ips, &it)
	}
	fmt.Println(ips[0].n, ips[1].n, ips[2].n)
	out := make([]int, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); out[i] = i * i }()
	}
	wg.Wait()
	fmt.Println(out)
	m := map[string]int{"a": 1, "b": 2}
	var fs []func() string
	for k, v := range m {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	var got []string
	for _, f := range fs {
		got = append(got, f())
	}
	sort.Strings(got)
	fmt.Println(got)
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
	}
	for i := 0; i < 6; i += 2 {
		f := func() { i++ }
		f()
		fmt.Print(i, " ")
	}
	fmt.Println()
}
