// Package plotting draws the pictures of the course: loss curves, the
// lecture's circuit diagrams with values and gradients on the wires, learned
// weights as images, dataset samples, and decision regions of 2-D toy data.
// Everything is drawn with gonum.org/v1/plot and its vg canvases (vgimg for
// PNG, vgsvg for SVG), with the Liberation fonts compiled in: no system
// fonts, no graphviz, no external programs.
//
// # Figures
//
// Every constructor returns a *Figure. A figure that is the last expression
// of a notebook cell shows itself: the kernel calls its MIMEBundle method,
// which renders a PNG (or an SVG, with the SVG option or the SVG method) and
// a one-line text description for consoles. PNG, SVGString and Save give the
// same picture as bytes, as text, or in a file.
//
//	plotting.LossCurve(history, plotting.Title("softmax"), plotting.LogY())
//	plotting.Curves([]plotting.Series{{Name: "train", Y: trainAcc}, {Name: "val", Y: valAcc}},
//		plotting.XLabel("epoch"), plotting.YLabel("accuracy"))
//	plotting.Scatter(plotting.Series{Name: "one fold", X: ks, Y: foldAccuracies}, plotting.XLabel("k"))
//	plotting.ColorScatter(lrs, regs, valAccs, plotting.LogX(), plotting.LogY(), plotting.ColorLabel("val accuracy"))
//
// Curves draws lines; Scatter draws each result as a dot, with the mean and
// one standard deviation at each x (cross-validation, a search): a handful
// of results joined by lines would suggest values between them.
// ColorScatter is CS231n's picture of a hyperparameter search: a dot per
// setting at (learning rate, strength) on log axes, coloured by accuracy.
//
// Options (Title, XLabel, YLabel, LogY, Size, SVG) apply to every kind of
// figure; one that makes no sense for a kind, such as LogY for a diagram, is
// ignored. A figure copies what it draws when it is made, so it keeps
// showing the model or the history as they were then.
//
// # Circuit diagrams
//
// Graph draws the computation behind an autodiff.Value as lecture 6 draws
// it: inputs on the left, gates as circles labelled +, *, max, exp, 1/x, σ,
// arrows toward the output, and on every wire its forward value above in
// green and, after Backward, its gradient below in red. TensorGraph does the
// same for matrices, summarizing each wire by its shape, mean and maximum.
// The layout is a small version of the layered drawing graphviz's dot
// makes (see graph_layout.go), sized from the number of columns and the
// tallest column, and stays readable up to about 40 nodes. A diagram wider
// than a notebook's 900 pixels is wrapped into rows joined by lettered
// connectors (graph_bands.go) rather than shrunk until its labels blur; a
// constant feeding the first gate of a row is drawn in that row, so only
// the wires of the computation cross between rows.
//
// # Images
//
// Weights shows each column of a linear classifier's W as an image, the
// class templates of CS231n's assignment; ImageGrid shows the rows of a data
// matrix, MNIST digits or CIFAR-10 pictures (colour stored planar, as in
// CIFAR-10's binary files). Images are enlarged by whole factors with
// nearest-neighbour sampling, so that a 32x32 picture stays crisp.
//
// # Decision regions
//
// Decision paints the plane in the colour of the class a classifier
// predicts and scatters the 2-D training points over it: the picture of the
// spiral data set that a linear classifier cannot separate and a two-layer
// net can.
//
// # Live output
//
// LiveLoss redraws one loss curve in place while a training loop runs, and
// Progress shows a progress bar with the loss, the time elapsed and the time
// left. Both go through display.New and Handle.Update, so a loop in a cell
// or in compiled code updates one output instead of appending hundreds, and
// both redraw at most ten times a second; call Done after the loop.
//
// # Speed
//
// gonum/plot's rasterizer needs seconds for a line through 10,000 noisy
// points, so long series are drawn as the band between the lowest and
// highest value of each pixel column, which looks the same and keeps every
// spike. With that and a PNG encoder that skips row filters, a 10,000-point
// loss curve or a 20-node diagram renders in well under 50 ms.
package plotting
