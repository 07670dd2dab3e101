package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"a", 1})
	old := p.Swap(&Config{"b", 2})
	fmt.Println(old.Name, p.Load().Version)
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(cur, &Config{"c", 3}), p.CompareAndSwap(old, nil), p.Load().Name)
	var u atomic.Uint32
	u.Store(10)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
}
