// Exercises: student mistake: integer division where a float was meant (accuracy 0, averages truncated), then the fixes
package main

import "fmt"

func accuracy(pred, labels []int) float64 {
	correct := 0
	for i := range pred {
		if pred[i] == labels[i] {
			correct++
		}
	}
	return float64(correct / len(labels)) // truncates before converting
}

func accuracyFixed(pred, labels []int) float64 {
	correct := 0
	for i := range pred {
		if pred[i] == labels[i] {
			correct++
		}
	}
	return float64(correct) / float64(len(labels))
}

func main() {
	pred := []int{1, 0, 2, 2, 1, 0, 1}
	labels := []int{1, 0, 2, 1, 1, 2, 1}
	fmt.Println(accuracy(pred, labels), accuracyFixed(pred, labels))
	total, n := 17, 4
	fmt.Println(total/n, total%n, float64(total)/float64(n), float64(total/n))
	percent := 5 / 7 * 100
	fmt.Println("percent:", percent, 100*5/7, 5.0/7*100)
	const half = 1 / 2
	lr := 0.1 * half
	fmt.Println("lr:", lr, 1.0/2, -7/2, -7%2)
	for epoch := 0; epoch < 3; epoch++ {
		epoch := epoch + 1 // 1-based for the log
		fmt.Printf("epoch %d/%d done %d%%\n", epoch, 3, epoch/3*100)
	}
	batches := (10 + 3 - 1) / 3
	fmt.Println("batches:", batches, 10/3)
}
