package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Schedule func(epoch int) float64

func constant(lr float64) Schedule { return func(int) float64 { return lr } }

func stepDecay(lr, factor float64, every int) Schedule {
	return func(e int) float64 {
		return lr * math.Pow(factor, float64(e/every))
	}
}

func cosine(lr float64, total int) Schedule {
	return func(e int) float64 {
		return 0.5 * lr * (1 + math.Cos(math.Pi*float64(e)/float64(total)))
	}
}

func warmup(s Schedule, n int) Schedule {
	return func(e int) float64 {
		if e < n {
			return s(e) * float64(e+1) / float64(n)
		}
		return s(e)
	}
}

func parseSchedule(spec string) (Schedule, error) {
	parts := strings.Split(spec, ":")
	nums := make([]float64, 0, len(parts)-1)
	for _, p := range parts[1:] {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil {
			return nil, fmt.Errorf("schedule %q: %w", spec, err)
		}
		nums = append(nums, v)
	}
	switch {
	case parts[0] == "const" && len(nums) == 1:
		return constant(nums[0]), nil
	case parts[0] == "step" && len(nums) == 3:
		return stepDecay(nums[0], nums[1], int(nums[2])), nil
	case parts[0] == "cos" && len(nums) == 2:
		return cosine(nums[0], int(nums[1])), nil
	}
	return nil, fmt.Errorf("unknown schedule %q", spec)
}

func main() {
	specs := []string{"const:0.1", "step:0.1:0.5:3", "cos:0.1:10", "warm:1", "step:0.1:x:3"}
	for _, s := range specs {
		sched, err := parseSchedule(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		if strings.HasPrefix(s, "cos") {
			sched = warmup(sched, 3)
		}
		var vals []string
		for e := 0; e < 10; e++ {
			vals = append(vals, strconv.FormatFloat(sched(e), 'g', 4, 64))
		}
		fmt.Printf("%-16s %s\n", s, strings.Join(vals, " "))
	}
	// learning rate search on log scale
	for i := 0; i < 5; i++ {
		exp := -7 + float64(i)*1.5
		lr := math.Pow(10, exp)
		fmt.Println(strconv.FormatFloat(lr, 'e', 2, 64), strconv.Itoa(int(exp*10)), strconv.Quote(fmt.Sprintf("%.1e", lr)))
	}
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	n, err := strconv.Atoi("200 ")
	fmt.Println(n, err)
}
