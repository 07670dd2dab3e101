// Exercises: sync.Once lazy initialization from many goroutines, Once with a panicking function, sync.OnceValue, atomic counters
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	loadOnce sync.Once
	icons    map[string]string
	loads    int32
)

func loadIcons() {
	atomic.AddInt32(&loads, 1)
	icons = map[string]string{"spades": "♠", "hearts": "♥", "diamonds": "♦", "clubs": "♣"}
}

func Icon(name string) string {
	loadOnce.Do(loadIcons)
	return icons[name]
}

var config = sync.OnceValue(func() map[string]int {
	atomic.AddInt32(&loads, 100)
	return map[string]int{"workers": 4}
})

func main() {
	var wg sync.WaitGroup
	results := make([]string, 8)
	names := []string{"spades", "hearts", "diamonds", "clubs"}
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = Icon(names[i%4])
		}()
	}
	wg.Wait()
	fmt.Println(results, atomic.LoadInt32(&loads))
	fmt.Println(config()["workers"], config()["workers"], atomic.LoadInt32(&loads))
	var once sync.Once
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered", r)
				}
			}()
			once.Do(func() { panic("boom") })
			fmt.Println("second Do does nothing")
		}()
	}
	var n atomic.Int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); n.Add(2) }()
	}
	wg.Wait()
	fmt.Println(n.Load())
}
