package main

import (
	"fmt"
)

type event struct {
	kind string
	n    int
}

// worker sends a heartbeat before each unit of work, and results after.
func worker(done <-chan struct{}, work []int) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(results)
		for _, w := range work {
			select {
			case heartbeat <- struct{}{}:
			default:
			}
			select {
			case <-done:
				return
			case results <- w * w:
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	defer close(done)

	hb, res := worker(done, []int{2, 3, 5, 7, 11})
	var events []event
	beats := 0
	for hb != nil || res != nil {
		select {
		case _, ok := <-hb:
			if !ok {
				hb = nil
				continue
			}
			beats++
		case r, ok := <-res:
			if !ok {
				res = nil
				continue
			}
			events = append(events, event{"result", r})
		}
	}
	fmt.Println("beats >= 1:", beats >= 1, "beats <= 5:", beats <= 5)
	for _, e := range events {
		fmt.Printf("%+v\n", e)
	}
	fmt.Printf("%#v\n", events[len(events)-1])

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
