// Exercises: student grading switch with cases in the wrong order, no implicit fallthrough, explicit fallthrough, switch on types of values
package main

import "fmt"

func letterWrong(score int) string {
	switch {
	case score >= 50:
		return "pass"
	case score >= 90: // never reached
		return "A"
	}
	return "fail"
}

func letter(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 50:
		return "pass"
	default:
		return "fail"
	}
}

func bonuses(level int) (b []string) {
	switch level {
	case 3:
		b = append(b, "gold")
		fallthrough
	case 2:
		b = append(b, "silver")
	case 1:
		b = append(b, "bronze")
	}
	return
}

func kind(v any) string {
	switch x := v.(type) {
	case error:
		return "error " + x.Error()
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case nil:
		return "nil"
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case []float64:
		return fmt.Sprintf("vector of %d", len(x))
	}
	return "other"
}

func main() {
	for _, s := range []int{95, 60, 10} {
		fmt.Println(s, letterWrong(s), letter(s))
	}
	fmt.Println(bonuses(3), bonuses(2), bonuses(1), bonuses(0) == nil)
	for _, v := range []any{nil, 3, int64(4), 2.5, []float64{1, 2}, fmt.Errorf("x"), "s"} {
		fmt.Println(kind(v))
	}
}
