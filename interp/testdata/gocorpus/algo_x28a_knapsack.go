package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

type Result struct {
	Items  []string
	Weight int
	Value  int
}

func knapsack01(items []Item, capacity int) Result {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var res Result
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			it := items[i-1]
			res.Items = append(res.Items, it.Name)
			res.Weight += it.Weight
			res.Value += it.Value
			w -= it.Weight
		}
	}
	sort.Strings(res.Items)
	return res
}

type fracItem struct {
	name   string
	weight float64
	price  float64
}

func continuous(items []fracItem, cap float64) float64 {
	sort.Slice(items, func(i, j int) bool {
		return items[i].price/items[i].weight > items[j].price/items[j].weight
	})
	total := 0.0
	for _, it := range items {
		if cap <= 0 {
			break
		}
		take := min(it.weight, cap)
		total += take * it.price / it.weight
		cap -= take
		fmt.Printf("  take %.1f kg of %s\n", take, it.name)
	}
	return total
}

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200},
		{"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45},
		{"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30},
		{"beer", 52, 10}, {"suntan cream", 11, 70}, {"camera", 32, 30},
		{"T-shirt", 24, 15}, {"trousers", 48, 10}, {"umbrella", 73, 40},
		{"waterproof trousers", 42, 70}, {"waterproof overclothes", 43, 75},
		{"note-case", 22, 80}, {"sunglasses", 7, 20}, {"towel", 18, 12},
		{"socks", 4, 50}, {"book", 30, 10},
	}
	r := knapsack01(items, 400)
	fmt.Printf("%+v\n", r)
	fmt.Println(len(r.Items), "items")

	small := knapsack01(items[:5], 50)
	fmt.Printf("%v\n", small)

	meat := []fracItem{
		{"beef", 3.8, 36}, {"pork", 5.4, 43}, {"ham", 3.6, 90},
		{"greaves", 2.4, 45}, {"flitch", 4.0, 30}, {"brawn", 2.5, 56},
		{"welt", 3.7, 67}, {"salami", 3.0, 95}, {"sausage", 5.9, 98},
	}
	fmt.Printf("continuous total: %.2f\n", continuous(meat, 15))
}
