// Exercises: bufio.Scanner over groups separated by blank lines, strconv.Atoi with error checks, top-3 via sort, strconv.ParseInt base 2
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `1000
2000
3000

4000

5000
6000

7000
8000
9000

oops
10000`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	var totals []int
	cur := 0
	bad := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			totals = append(totals, cur)
			cur = 0
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			bad++
			fmt.Println("skip:", err)
			continue
		}
		cur += n
	}
	totals = append(totals, cur)
	sort.Sort(sort.Reverse(sort.IntSlice(totals)))
	fmt.Println(totals[0], totals[0]+totals[1]+totals[2], bad)
	v, err := strconv.ParseInt("10110", 2, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	u, _ := strconv.ParseUint("ff", 16, 8)
	fmt.Printf("%d %T\n", u, u)
}
