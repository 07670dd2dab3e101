// Exercises: switch without break (no implicit fallthrough), explicit fallthrough, switch true with ranges, labeled break out of a loop
package main

import "fmt"

func grade(acc float64) string {
	switch {
	case acc >= 0.9:
		return "A"
	case acc >= 0.8:
		return "B"
	case acc >= 0.5:
		return "pass"
	}
	return "fail"
}

func main() {
	for _, a := range []float64{0.95, 0.85, 0.6, 0.2} {
		fmt.Print(grade(a), " ")
	}
	fmt.Println()
	level := 1
	switch level {
	case 0:
		fmt.Println("quiet")
	case 1:
		fmt.Println("epochs")
		fallthrough
	case 2:
		fmt.Println("batches")
	case 3:
		fmt.Println("everything")
	}
	switch opt := "adam"; opt {
	case "sgd", "momentum":
		fmt.Println("first order")
	case "adam":
		fmt.Println("adaptive")
		if opt == "adam" {
			break
		}
		fmt.Println("unreachable")
	default:
		fmt.Println("unknown")
	}
	losses := []float64{1, 0.5, 0.4, 0.41, 0.42, 0.3}
search:
	for i := 1; i < len(losses); i++ {
		switch {
		case losses[i] > losses[i-1]:
			fmt.Println("loss went up at", i)
			break search
		case losses[i] == losses[i-1]:
			continue
		}
		fmt.Println("ok at", i)
	}
}
