package main

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"time"
)

type key struct{}

func main() {
	ctx := context.WithValue(context.Background(), key{}, 1500*time.Millisecond)
	d, ok := ctx.Value(key{}).(time.Duration)
	fmt.Println(d, ok)
	var m sync.Map
	m.Store("m", time.March)
	v, _ := m.Load("m")
	fmt.Println(v, reflect.ValueOf(v).Kind(), reflect.ValueOf(time.Second).Type())
}
