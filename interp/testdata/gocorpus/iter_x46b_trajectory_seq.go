package main

import (
	"fmt"
	"iter"
	"math"
)

type Point struct {
	T, X, Y float64
}

func Trajectory(v0, angle, dt float64) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		vx, vy := v0*math.Cos(angle), v0*math.Sin(angle)
		p := Point{}
		for p.Y >= 0 {
			if !yield(p) {
				return
			}
			p.X += vx * dt
			p.Y += vy * dt
			vy -= 9.81 * dt
			p.T += dt
		}
	}
}

func Every[T any](n int, seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if i%n == 0 && !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	tr := Trajectory(15, math.Pi/3, 0.01)
	fmt.Printf("%5s %6s %8s %8s\n", "i", "t", "x", "y")
	for i, p := range Every(40, tr) {
		fmt.Printf("%5d %6.2f %8.3f %8.3f\n", i, p.T, p.X, p.Y)
	}
	top := Reduce(tr, Point{}, func(best, p Point) Point {
		if p.Y > best.Y {
			return p
		}
		return best
	})
	fmt.Printf("apex %+.3v\n", top)
	n := Reduce(tr, 0, func(n int, _ Point) int { return n + 1 })
	fmt.Println("samples:", n)
	for p := range tr {
		if p.X > 10 {
			fmt.Printf("crossed x=10 at t=%.2f\n", p.T)
			break
		}
	}
	next, stop := iter.Pull(tr)
	defer stop()
	for k := 0; k < 3; k++ {
		p, ok := next()
		fmt.Println(k, ok, math.Round(p.X*1000)/1000)
	}
}
