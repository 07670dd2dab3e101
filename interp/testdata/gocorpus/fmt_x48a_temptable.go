package main

import "fmt"

func cToF(c float64) float64 {
	return c*9/5 + 32
}

func fToC(f float64) float64 {
	return (f - 32) * 5 / 9
}

func main() {
	fmt.Println("Celsius to Fahrenheit")
	fmt.Printf("%8s | %10s\n", "Celsius", "Fahrenheit")
	fmt.Println("---------+-----------")
	for c := -20; c <= 40; c += 10 {
		fmt.Printf("%8d | %10.1f\n", c, cToF(float64(c)))
	}
	fmt.Println()
	fmt.Println("Fahrenheit to Celsius")
	temps := []float64{0, 32, 50, 72.5, 98.6, 212}
	for i, f := range temps {
		c := fToC(f)
		label := "mild"
		switch {
		case c <= 0:
			label = "freezing"
		case c < 15:
			label = "cold"
		case c > 30:
			label = "hot"
		}
		fmt.Printf("%2d) %6.1f°F = %7.2f°C  %-8s|\n", i+1, f, c, label)
	}
	var sum float64
	for _, f := range temps {
		sum += fToC(f)
	}
	fmt.Printf("average: %.3f°C\n", sum/float64(len(temps)))
	fmt.Printf("%v %g %e\n", cToF(37), cToF(37), cToF(37))
}
