package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

type Coupon struct {
	Code      string
	PercentOf int
	FlatCents int
	MinCents  int
	Expires   time.Time
	UsesLeft  int
}

var (
	ErrExpired  = errors.New("coupon expired")
	ErrUsedUp   = errors.New("coupon used up")
	ErrTooSmall = errors.New("order below minimum")
)

func normalize(code string) (string, error) {
	code = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(code), "-", ""))
	for _, r := range code {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "", fmt.Errorf("invalid character %q in code", r)
		}
	}
	if len(code) < 4 {
		return "", fmt.Errorf("code %q too short", code)
	}
	return code, nil
}

func (c *Coupon) Apply(orderCents int, at time.Time) (int, error) {
	switch {
	case at.After(c.Expires):
		return 0, fmt.Errorf("%s: %w on %s", c.Code, ErrExpired, c.Expires.Format("2006-01-02"))
	case c.UsesLeft <= 0:
		return 0, fmt.Errorf("%s: %w", c.Code, ErrUsedUp)
	case orderCents < c.MinCents:
		return 0, fmt.Errorf("%s: %w (%d < %d)", c.Code, ErrTooSmall, orderCents, c.MinCents)
	}
	c.UsesLeft--
	off := orderCents*c.PercentOf/100 + c.FlatCents
	return min(off, orderCents), nil
}

func main() {
	day := time.Date(2024, 11, 29, 12, 0, 0, 0, time.UTC)
	coupons := map[string]*Coupon{
		"BLACKFRI": {Code: "BLACKFRI", PercentOf: 30, MinCents: 5000, Expires: day.Add(12 * time.Hour), UsesLeft: 2},
		"WELCOME5": {Code: "WELCOME5", FlatCents: 500, Expires: day.AddDate(1, 0, 0), UsesLeft: 1},
		"SUMMER24": {Code: "SUMMER24", PercentOf: 15, Expires: time.Date(2024, 8, 31, 23, 59, 0, 0, time.UTC), UsesLeft: 99},
	}
	attempts := []struct {
		code  string
		cents int
	}{
		{"black-fri", 12000}, {" welcome5 ", 300}, {"Welcome-5", 9000}, {"summer24", 4000},
		{"BLACKFRI", 4999}, {"blackfri", 5000}, {"blackfri", 8000}, {"no!", 100}, {"ab", 1}, {"GHOST1", 100},
	}
	var saved int
	for _, a := range attempts {
		code, err := normalize(a.code)
		if err != nil {
			fmt.Println("reject:", err)
			continue
		}
		c, ok := coupons[code]
		if !ok {
			fmt.Println("reject: unknown", strconv.Quote(code))
			continue
		}
		off, err := c.Apply(a.cents, day)
		switch {
		case errors.Is(err, ErrExpired), errors.Is(err, ErrUsedUp):
			fmt.Println("dead coupon:", err)
		case err != nil:
			fmt.Println("not applicable:", err)
		default:
			saved += off
			fmt.Printf("%-8s %6d -> %6d (saved %d)\n", code, a.cents, a.cents-off, off)
		}
	}
	fmt.Println("saved total", saved)
}
