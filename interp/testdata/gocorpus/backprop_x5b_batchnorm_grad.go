// Exercises: batch normalization forward over columns and its compact backward, checked against centered differences
package main

import (
	"fmt"
	"math"
)

const N, D = 4, 2

type BN struct {
	xhat                [N][D]float64
	invstd, gamma, beta [D]float64
}

func (bn *BN) Forward(x [N][D]float64) (out [N][D]float64) {
	for j := 0; j < D; j++ {
		mu, sq := 0.0, 0.0
		for i := 0; i < N; i++ {
			mu += x[i][j] / N
			sq += x[i][j] * x[i][j] / N
		}
		bn.invstd[j] = 1 / math.Sqrt(sq-mu*mu+1e-5) // var = E[x^2] - mu^2
		for i := 0; i < N; i++ {
			bn.xhat[i][j] = (x[i][j] - mu) * bn.invstd[j]
			out[i][j] = bn.gamma[j]*bn.xhat[i][j] + bn.beta[j]
		}
	}
	return
}

func (bn *BN) Backward(dout [N][D]float64) (dx [N][D]float64, dgamma, dbeta [D]float64) {
	for j := 0; j < D; j++ {
		sd, sdx := 0.0, 0.0
		for i := 0; i < N; i++ {
			dbeta[j] += dout[i][j]
			dgamma[j] += dout[i][j] * bn.xhat[i][j]
			sd += dout[i][j] * bn.gamma[j]
			sdx += dout[i][j] * bn.gamma[j] * bn.xhat[i][j]
		}
		for i := 0; i < N; i++ {
			dx[i][j] = bn.invstd[j] / N * (N*dout[i][j]*bn.gamma[j] - sd - bn.xhat[i][j]*sdx)
		}
	}
	return
}

func main() {
	bn := &BN{gamma: [D]float64{1.5, 0.5}, beta: [D]float64{0.1, -0.2}}
	x := [N][D]float64{{1, 2}, {3, -1}, {0.5, 0.5}, {-2, 4}}
	dout := [N][D]float64{{1, 0}, {-1, 2}, {0.5, 0.5}, {0, -1}}
	out := bn.Forward(x)
	dx, dg, db := bn.Backward(dout)
	fmt.Printf("out[0] %.4f dgamma %.4f dbeta %.4f\n", out[0], dg, db)
	f := func(x [N][D]float64) (s float64) { // arrays are values: x is a copy
		o := (&BN{gamma: bn.gamma, beta: bn.beta}).Forward(x)
		for k := 0; k < N*D; k++ {
			s += o[k/D][k%D] * dout[k/D][k%D]
		}
		return
	}
	worst := 0.0
	for k := 0; k < N*D; k++ {
		xp, xm := x, x
		xp[k/D][k%D] += 1e-5
		xm[k/D][k%D] -= 1e-5
		worst = math.Max(worst, math.Abs((f(xp)-f(xm))/2e-5-dx[k/D][k%D]))
	}
	fmt.Printf("dx[0] %.5f, numeric agrees: %t\n", dx[0], worst < 1e-6)
}
