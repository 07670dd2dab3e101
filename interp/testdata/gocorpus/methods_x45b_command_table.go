package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Till struct {
	cash    int64
	sales   int
	refunds int
	log     []string
}

func (t *Till) Sale(amount int64) error {
	t.cash += amount
	t.sales++
	return nil
}

func (t *Till) Refund(amount int64) error {
	if amount > t.cash {
		return fmt.Errorf("refund %d exceeds cash %d", amount, t.cash)
	}
	t.cash -= amount
	t.refunds++
	return nil
}

func (t *Till) Payout(amount int64) error { return t.Refund(amount) }

func (t Till) Report() string {
	return fmt.Sprintf("cash=%d sales=%d refunds=%d", t.cash, t.sales, t.refunds)
}

func main() {
	till := &Till{cash: 10000}
	commands := map[string]func(int64) error{
		"sale":   till.Sale,
		"refund": till.Refund,
		"payout": till.Payout,
	}
	script := `sale 1250
sale 899
refund 500
payout 50000
bogus 1
sale abc
refund 12000`
	for n, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		cmd, ok := commands[f[0]]
		if !ok {
			fmt.Printf("%d: unknown command %q\n", n+1, f[0])
			continue
		}
		amt, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			fmt.Printf("%d: %v\n", n+1, err)
			continue
		}
		if err := cmd(amt); err != nil {
			fmt.Printf("%d: %s failed: %v\n", n+1, f[0], err)
			continue
		}
		fmt.Printf("%d: %-6s %6d -> %s\n", n+1, f[0], amt, till.Report())
	}
	report := till.Report
	till.cash = 1
	fmt.Println("bound value:", report())
	sale := (*Till).Sale
	_ = sale(till, 5)
	rep := Till.Report
	fmt.Println("expression:", rep(*till))
	names := make([]string, 0, len(commands))
	for k := range commands {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Printf("%T\n%T\n", sale, rep)
}
