package main

import (
	"errors"
	"fmt"
	"sync"
)

type MyPanic struct{ Code int }

func risky(n int) (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case MyPanic:
				err = fmt.Errorf("mypanic code=%d", v.Code)
			case error:
				err = fmt.Errorf("runtime: %w", v)
			default:
				err = fmt.Errorf("unknown: %v", v)
			}
		}
	}()
	switch n {
	case 0:
		panic(MyPanic{7})
	case 1:
		var m map[string]int
		m["a"] = 1
	case 2:
		a := []int{1}
		i := 5
		_ = a[i]
	case 3:
		panic("plain string")
	case 4:
		var p *MyPanic
		_ = p.Code
	case 5:
		x := 0
		_ = 10 / x
	case 6:
		var i any = "s"
		_ = i.(int)
	}
	return "ok", nil
}

func worker(id int, wg *sync.WaitGroup, errs []error) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			errs[id] = fmt.Errorf("worker %d: %v", id, r)
		}
	}()
	if id%2 == 1 {
		panic(fmt.Sprintf("odd id %d", id))
	}
}

func rethrow() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("outer caught: %v", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
	return nil
}

func main() {
	for n := range 8 {
		res, err := risky(n)
		fmt.Printf("%d: %q %v\n", n, res, err)
	}

	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range 4 {
		wg.Add(1)
		go worker(i, &wg, errs)
	}
	wg.Wait()
	fmt.Println(errors.Join(errs...))

	fmt.Println(rethrow())

	// recover returns nil when not panicking
	func() {
		defer func() { fmt.Println("recover without panic:", recover()) }()
	}()

	// deferred calls still run after recover in same function
	func() {
		defer fmt.Println("last")
		defer func() { fmt.Println("caught", recover()) }()
		defer fmt.Println("first deferred")
		panic(errors.New("E"))
	}()

	// panic value nil-ness: panic(nil) yields a *runtime.PanicNilError
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(nil)
	}()
	fmt.Println("main continues")
}
