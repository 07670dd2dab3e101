// Exercises: notebook style: package-level map and slice changed by helpers, sorted report
package main

import (
	"fmt"
	"sort"
)

var stock = map[string]int{}
var log []string

func add(item string, n int) {
	stock[item] += n
	log = append(log, fmt.Sprintf("+%d %s", n, item))
}

func take(item string, n int) bool {
	if stock[item] < n {
		log = append(log, "FAILED take "+item)
		return false
	}
	stock[item] -= n
	log = append(log, fmt.Sprintf("-%d %s", n, item))
	return true
}

func report() {
	keys := make([]string, 0, len(stock))
	for k := range stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, stock[k])
	}
	fmt.Println(log)
}

func main() {
	add("apple", 5)
	add("pear", 2)
	take("apple", 3)
	take("pear", 9)
	report()
}
