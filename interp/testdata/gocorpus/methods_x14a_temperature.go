package main

import (
	"fmt"
	"sort"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin       { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToC() Celsius   { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) ToC() Celsius       { return Celsius(k - 273.15) }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Reading struct {
	City string
	Temp Celsius
}

type Log []Reading

func (l *Log) Add(city string, t fmt.Stringer) {
	var c Celsius
	switch v := t.(type) {
	case Celsius:
		c = v
	case Fahrenheit:
		c = v.ToC()
	}
	*l = append(*l, Reading{city, c})
}

func (l Log) Stats() (lo, hi, mean Celsius) {
	lo, hi = l[0].Temp, l[0].Temp
	for _, r := range l {
		lo = min(lo, r.Temp)
		hi = max(hi, r.Temp)
		mean += r.Temp
	}
	mean /= Celsius(len(l))
	return
}

func main() {
	var log Log
	log.Add("Oslo", Celsius(-3.5))
	log.Add("Phoenix", Fahrenheit(104))
	log.Add("Lima", Celsius(19))
	log.Add("Boston", Fahrenheit(41))
	log.Add("Mumbai", Celsius(31.2))
	sort.Slice(log, func(i, j int) bool { return log[i].Temp < log[j].Temp })
	for _, r := range log {
		fmt.Printf("%-8s %8v %8v %7.2fK\n", r.City, r.Temp, r.Temp.ToF(), float64(r.Temp.ToK()))
	}
	lo, hi, mean := log.Stats()
	fmt.Println("lo", lo, "hi", hi, "mean", mean)
	fmt.Println(Celsius(100).ToF(), Fahrenheit(-40).ToC(), Kelvin(0).ToC())
	conv := Celsius.ToF
	fmt.Println(conv(37))
	bound := log[0].Temp.ToK
	fmt.Printf("%.2f %v\n", bound(), log)
	fmt.Printf("%v %s %.3f\n", Celsius(1)/3, Fahrenheit(1)/3, Celsius(1)/3)
}
