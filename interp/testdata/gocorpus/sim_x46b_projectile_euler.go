package main

import (
	"fmt"
	"math"
)

type State struct {
	X, Y, VX, VY float64
}

func (s State) String() string {
	return fmt.Sprintf("(%.2f, %.2f) v=(%.2f, %.2f)", s.X, s.Y, s.VX, s.VY)
}

const g = 9.81

func stepEuler(s State, dt, drag float64) State {
	v := math.Hypot(s.VX, s.VY)
	ax := -drag * v * s.VX
	ay := -g - drag*v*s.VY
	return State{
		X:  s.X + s.VX*dt,
		Y:  s.Y + s.VY*dt,
		VX: s.VX + ax*dt,
		VY: s.VY + ay*dt,
	}
}

func fly(angleDeg, speed, drag, dt float64) (rng, tmax float64, apex State) {
	a := angleDeg * math.Pi / 180
	s := State{VX: speed * math.Cos(a), VY: speed * math.Sin(a)}
	t := 0.0
	for {
		next := stepEuler(s, dt, drag)
		t += dt
		if next.Y > apex.Y {
			apex = next
		}
		if next.Y < 0 {
			// linear interpolation to ground
			f := s.Y / (s.Y - next.Y)
			return s.X + f*(next.X-s.X), t, apex
		}
		s = next
	}
}

func main() {
	fmt.Printf("%6s %10s %10s %8s\n", "angle", "range", "analytic", "time")
	for _, ang := range []float64{15, 30, 45, 60, 75} {
		r, t, _ := fly(ang, 20, 0, 0.001)
		exact := 20 * 20 * math.Sin(2*ang*math.Pi/180) / g
		fmt.Printf("%6.0f %10.3f %10.3f %8.3f\n", ang, r, exact, t)
	}
	fmt.Println()
	fmt.Println("with drag k=0.01:")
	best, bestAng := 0.0, 0.0
	for ang := 20.0; ang <= 60; ang += 5 {
		r, _, apex := fly(ang, 40, 0.01, 0.001)
		if r > best {
			best, bestAng = r, ang
		}
		fmt.Printf("  %4.0f deg -> %7.2f m, apex %v\n", ang, r, apex)
	}
	fmt.Printf("best angle %.0f with range %.2f\n", bestAng, best)
}
