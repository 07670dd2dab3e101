package main

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1fT", float64(t)) }

type key struct{}

func main() {
	var m sync.Map
	m.Store("a", Temp(1))
	v, _ := m.Load("a")
	fmt.Println(v)
	t, ok := v.(Temp)
	fmt.Println(t, ok)
	l := list.New()
	l.PushBack(Temp(2))
	fmt.Println(l.Front().Value)
	ctx := context.WithValue(context.Background(), key{}, Temp(3))
	fmt.Println(ctx.Value(key{}))
	var av atomic.Value
	av.Store(Temp(4))
	fmt.Println(av.Load())
	fmt.Printf("%T\n", av.Load())
	m.Range(func(k, v any) bool { fmt.Println(k, v); return true })
}
