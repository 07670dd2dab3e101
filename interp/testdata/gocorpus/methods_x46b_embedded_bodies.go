package main

import (
	"fmt"
	"math"
)

type Kinematics struct {
	X, V float64
}

func (k *Kinematics) Advance(a, dt float64) {
	k.V += a * dt
	k.X += k.V * dt
}

func (k Kinematics) Speed() float64 { return math.Abs(k.V) }

type Named struct{ Name string }

func (n Named) Label() string { return "[" + n.Name + "]" }

type Car struct {
	Named
	Kinematics
	MaxAccel float64
}

type Ball struct {
	Named
	*Kinematics
	Restitution float64
}

func (b *Ball) Bounce() bool {
	if b.X < 0 {
		b.X = -b.X
		b.V = -b.V * b.Restitution
		return true
	}
	return false
}

type Mover interface {
	Advance(a, dt float64)
	Speed() float64
	Label() string
}

func main() {
	car := &Car{Named: Named{"car"}, MaxAccel: 3}
	ball := &Ball{Named{"ball"}, &Kinematics{X: 10}, 0.8}
	movers := []Mover{car, ball}
	bounces := 0
	for i := 0; i < 400; i++ {
		car.Advance(car.MaxAccel*math.Cos(float64(i)/50), 0.01)
		ball.Advance(-9.81, 0.01)
		if ball.Bounce() {
			bounces++
			if bounces <= 4 {
				fmt.Printf("bounce %d at t=%.2f, v=%.3f\n", bounces, float64(i+1)*0.01, ball.V)
			}
		}
	}
	for _, m := range movers {
		fmt.Printf("%s speed=%.3f\n", m.Label(), m.Speed())
	}
	fmt.Printf("%+v\n", car.Kinematics)
	fmt.Printf("%v bounces, ball height %.3f, name %q\n", bounces, ball.X, ball.Name)
	k := ball.Kinematics
	k.X = 0
	fmt.Println(ball.X == 0)
}
