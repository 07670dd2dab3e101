// Exercises: 0/1 knapsack with a [N+1][W+1]int array table and reconstruction, a coin-change count with a []int64 table, arrays copied by value.
package main

import "fmt"

const N, W = 5, 10

type item struct {
	name          string
	weight, value int
}

func main() {
	items := [N]item{{"map", 2, 3}, {"compass", 3, 4}, {"water", 4, 5}, {"food", 5, 8}, {"tent", 9, 10}}
	var best [N + 1][W + 1]int
	for i := 1; i <= N; i++ {
		it := items[i-1]
		for w := 0; w <= W; w++ {
			best[i][w] = best[i-1][w]
			if it.weight <= w {
				best[i][w] = max(best[i][w], best[i-1][w-it.weight]+it.value)
			}
		}
	}
	var chosen []string
	for i, w := N, W; i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	fmt.Println(best[N][W], chosen, best[2])
	coins := []int{1, 2, 5, 10, 20, 50, 100, 200}
	ways := make([]int64, 201)
	ways[0] = 1
	for _, c := range coins {
		for v := c; v <= 200; v++ {
			ways[v] += ways[v-c]
		}
	}
	fmt.Println(ways[200], ways[10], ways[:6])
	snapshot := best
	snapshot[N][W] = -1
	fmt.Println(best[N][W], snapshot[N][W], items[4])
}
