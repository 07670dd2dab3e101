package main

import (
	"fmt"
	"sort"
	"sync"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1fT", float64(t)) }

func main() {
	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(get(), get(), calls)
	pair := sync.OnceValues(func() (string, error) { return "cfg", nil })
	s, err := pair()
	fmt.Println(s, err)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var res []int
	for i := range 4 {
		wg.Go(func() {
			mu.Lock()
			res = append(res, i*10)
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Ints(res)
	fmt.Println(res)
	tv := sync.OnceValue(func() Temp { return 21.5 })
	fmt.Println(tv())
	var m sync.Map
	m.Store("a", Temp(1))
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	f := sync.OnceFunc(func() { fmt.Println("once!") })
	f()
	f()
}
