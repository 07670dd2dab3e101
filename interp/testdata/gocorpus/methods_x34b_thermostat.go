package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) F() Fahrenheit     { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) C() Celsius     { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Mode int

const (
	Off Mode = iota
	Heating
	Cooling
)

func (m Mode) String() string { return [...]string{"off", "heating", "cooling"}[m] }

type Room struct {
	Temp    Celsius
	Outside Celsius
}

func (r *Room) Step(m Mode) {
	leak := (r.Outside - r.Temp) * 0.1
	switch m {
	case Heating:
		r.Temp += 0.8
	case Cooling:
		r.Temp -= 0.8
	}
	r.Temp += leak
}

type Thermostat struct {
	Target     Celsius
	Hysteresis Celsius
	mode       Mode
	switches   int
}

func (t *Thermostat) Decide(cur Celsius) Mode {
	old := t.mode
	switch {
	case cur < t.Target-t.Hysteresis:
		t.mode = Heating
	case cur > t.Target+t.Hysteresis:
		t.mode = Cooling
	case t.mode == Heating && cur >= t.Target, t.mode == Cooling && cur <= t.Target:
		t.mode = Off
	}
	if old != t.mode {
		t.switches++
	}
	return t.mode
}

func main() {
	room := &Room{Temp: 15, Outside: 5}
	th := Thermostat{Target: 21, Hysteresis: 0.5}
	decide := th.Decide
	for minute := 0; minute < 40; minute++ {
		m := decide(room.Temp)
		room.Step(m)
		if minute%5 == 0 {
			fmt.Printf("min %2d %v (%v) mode=%v\n", minute, room.Temp, room.Temp.F(), m)
		}
	}
	fmt.Println("switches:", th.switches)
	fmt.Println(Fahrenheit(98.6).C(), Celsius(-40).F(), math.Round(float64(Celsius(100).F())))
	fmt.Printf("%v %d %s %T\n", th.mode, th.mode, Cooling, th.Target)
}
