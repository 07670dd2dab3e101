package main

import "fmt"

type pingpong struct{ calls int }

func (p *pingpong) Ping(n int) int { p.calls++; return p.Pong(n + 1) }
func (p *pingpong) Pong(n int) int { p.calls++; return p.Ping(n + 1) }

func main() {
	p := &pingpong{}
	fmt.Println("calls before:", p.calls)
	p.Ping(0)
	fmt.Println("not reached", p.calls)
}
