package main

import (
	"fmt"
	"time"
)

type Request struct {
	ID    int
	Delay time.Duration
}

func server(req Request) <-chan string {
	ch := make(chan string, 1)
	go func() {
		if req.Delay > 0 {
			time.Sleep(req.Delay)
		}
		ch <- fmt.Sprintf("response %d", req.ID)
	}()
	return ch
}

func call(req Request, timeout time.Duration) (string, error) {
	select {
	case r := <-server(req):
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("request %d timed out after %v", req.ID, timeout)
	}
}

func main() {
	reqs := []Request{{1, 0}, {2, 300 * time.Millisecond}, {3, 0}}
	for _, r := range reqs {
		resp, err := call(r, 100*time.Millisecond)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", resp)
	}

	quit := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 1; ; i++ {
			select {
			case ticks <- i:
			case <-quit:
				return
			}
		}
	}()
	sum := 0
	for v := range ticks {
		sum += v
		if v == 10 {
			close(quit)
			break
		}
	}
	fmt.Println("sum of ticks:", sum)

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	fmt.Println(time.Duration(1500) * time.Millisecond)
}
